using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ArticleFields.MaxTitleLength);
        builder.Property(a => a.Outlet).HasMaxLength(ArticleFields.MaxOutletLength);
        builder.Property(a => a.Url).HasMaxLength(ArticleFields.MaxUrlLength);
        builder.Property(a => a.Author).HasMaxLength(ArticleFields.MaxAuthorLength);
        builder.Property(a => a.Place).HasMaxLength(ArticleFields.MaxPlaceLength);
        builder.Property(a => a.IngestedBy).HasMaxLength(200);
        builder.Property(a => a.Warning).HasMaxLength(1000);
        builder.Property(a => a.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.PublishedPrecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.PublishedAt);
        // The claims list's total and the article an OFFSET page starts in, from this index alone, in id order.
        builder.HasIndex(a => new { a.Id, a.ClaimCount });
        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

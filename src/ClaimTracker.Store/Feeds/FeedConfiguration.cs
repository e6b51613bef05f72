using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Feeds;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.Property(f => f.Url).HasMaxLength(2000);
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Outlet).HasMaxLength(200);
        builder.Property(f => f.CreatedBy).HasMaxLength(200);
        builder.Property(f => f.LastError).HasMaxLength(2000);
    }
}

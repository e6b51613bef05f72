using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Claims;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Subject).HasMaxLength(Claim.MaxSubjectLength);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Qualifier).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AsOfPrecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Attribution).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TimeText).HasMaxLength(200);
        builder.Property(c => c.MentionText).HasMaxLength(200);
        builder.Property(c => c.SourceMention).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.SetNull);
        // The comparison groups by (subject, metric, status), splits by source, then by figure; the index holds every
        // column the grid's rows and cells read, so they are computed from the index alone, in its order, never the table;
        // with a date filter too (the stored EffectiveDay, not the as-of date and a lookup of the article per claim).
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceId, c.Value, c.Low, c.High, c.Qualifier, c.Review, c.EffectiveDay, c.ArticleId })
            .HasDatabaseName("IX_Claims_Comparison");
        // The same columns over the reviewed claims only (an editor's work, so few; an import adds none): the review-state
        // filter reads this instead of every claim (see Comparison/ReviewedClaims).
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceId, c.Value, c.Low, c.High, c.Qualifier, c.Review, c.EffectiveDay, c.ArticleId },
                "IX_Claims_Reviewed")
            .HasFilter(Comparison.ReviewedClaims.IndexCondition);
        builder.HasIndex(c => new { c.Metric, c.Status });
        builder.HasIndex(c => c.SourceId);
        builder.HasIndex(c => c.AsOf);
        // /api/claims reads in article order, then position in the article.
        builder.HasIndex(c => new { c.ArticleId, c.Start, c.Id });
    }
}

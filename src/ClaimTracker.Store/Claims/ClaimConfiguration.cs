using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Claims;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Subject).HasMaxLength(200);
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
        // The comparison page groups by (subject, metric, status) and splits by source.
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceId });
        builder.HasIndex(c => c.SourceId);
        builder.HasIndex(c => c.ArticleId);
    }
}

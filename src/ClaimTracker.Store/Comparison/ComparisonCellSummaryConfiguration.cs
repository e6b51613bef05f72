using ClaimTracker.Store.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Comparison;

internal sealed class ComparisonCellSummaryConfiguration : IEntityTypeConfiguration<ComparisonCellSummary>
{
    public void Configure(EntityTypeBuilder<ComparisonCellSummary> builder)
    {
        builder.ToTable("ComparisonCells");
        builder.Property(c => c.Subject).HasMaxLength(Claim.MaxSubjectLength);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        // No foreign key to Sources: a deleted source's cells are recomputed by ComparisonCells in the same save.
        // The refresh deletes and the grid looks up cells by row, then source.
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceId });
    }
}

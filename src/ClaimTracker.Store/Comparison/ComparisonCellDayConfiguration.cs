using ClaimTracker.Store.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Comparison;

internal sealed class ComparisonCellDayConfiguration : IEntityTypeConfiguration<ComparisonCellDay>
{
    public void Configure(EntityTypeBuilder<ComparisonCellDay> builder)
    {
        builder.ToTable("ComparisonCellDays");
        builder.Property(c => c.Subject).HasMaxLength(Claim.MaxSubjectLength);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        // The import adds to a day with ON CONFLICT on this key; the refresh deletes and the grid reads a row's days by it.
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceKey, c.Day }).IsUnique();
    }
}

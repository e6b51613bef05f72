using ClaimTracker.Store.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Comparison;

internal sealed class ComparisonFigureSpanConfiguration : IEntityTypeConfiguration<ComparisonFigureSpan>
{
    public void Configure(EntityTypeBuilder<ComparisonFigureSpan> builder)
    {
        builder.ToTable("ComparisonFigureSpans");
        builder.Property(c => c.Subject).HasMaxLength(Claim.MaxSubjectLength);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Figure).HasMaxLength(200);
        // The import widens a figure's span with ON CONFLICT on this key; the grid reads a row's figures by its prefix.
        builder.HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceKey, c.Figure }).IsUnique();
    }
}

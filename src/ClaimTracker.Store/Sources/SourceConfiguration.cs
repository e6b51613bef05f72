using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Sources;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Source.MaxNameLength);
        builder.Property(s => s.FullName).HasMaxLength(Source.MaxFullNameLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Country).HasMaxLength(Source.MaxCountryLength);
        builder.Property(s => s.Credibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CredibilityNote).HasMaxLength(Source.MaxCredibilityNoteLength);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Sources;

internal sealed class SourceAliasConfiguration : IEntityTypeConfiguration<SourceAlias>
{
    public void Configure(EntityTypeBuilder<SourceAlias> builder)
    {
        builder.Property(a => a.Value).HasMaxLength(Source.MaxAliasLength);
        // One alias names one source: "Budanov" cannot stand for both HUR and the Pentagon.
        builder.HasIndex(a => a.Value).IsUnique();
    }
}

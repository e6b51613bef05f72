using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.User).HasMaxLength(200);
        builder.Property(e => e.Entity).HasMaxLength(50);
        builder.Property(e => e.Field).HasMaxLength(100);
        builder.HasIndex(e => new { e.Entity, e.EntityId, e.At });
    }
}

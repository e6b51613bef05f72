using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Claims;

internal sealed class ClaimTotalConfiguration : IEntityTypeConfiguration<ClaimTotal>
{
    public void Configure(EntityTypeBuilder<ClaimTotal> builder)
    {
        builder.ToTable("ClaimTotals");
        builder.HasKey(t => new { t.Block, t.Shard });
        builder.Property(t => t.Block).ValueGeneratedNever();
        builder.Property(t => t.Shard).ValueGeneratedNever();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Store.Claims;

internal sealed class ClaimMentionConfiguration : IEntityTypeConfiguration<ClaimMention>
{
    public void Configure(EntityTypeBuilder<ClaimMention> builder)
    {
        builder.Property(m => m.Quote).HasMaxLength(2000);
        builder.HasOne<Claim>().WithMany(c => c.Mentions).HasForeignKey(m => m.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ClaimId, m.Start });
    }
}

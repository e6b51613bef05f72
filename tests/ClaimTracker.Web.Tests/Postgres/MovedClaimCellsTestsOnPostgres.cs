using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="MovedClaimCellsTests"/> (corrections and deletes moving figures between cells), on PostgreSQL.</summary>
public sealed class MovedClaimCellsTestsOnPostgres() : MovedClaimCellsTests(UiTestDatabase.OnPostgres());

using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ComparisonCellsTests"/> (the stored comparison cells), on PostgreSQL.</summary>
public sealed class ComparisonCellsTestsOnPostgres() : ComparisonCellsTests(UiTestDatabase.OnPostgres());

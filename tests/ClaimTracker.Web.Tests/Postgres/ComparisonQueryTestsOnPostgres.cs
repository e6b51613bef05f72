using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ComparisonQueryTests"/> (the comparison's raw SQL), on PostgreSQL.</summary>
public sealed class ComparisonQueryTestsOnPostgres() : ComparisonQueryTests(UiTestDatabase.OnPostgres());

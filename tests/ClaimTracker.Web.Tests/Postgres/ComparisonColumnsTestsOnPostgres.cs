using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ComparisonColumnsTests"/> on PostgreSQL, where the page is read in one statement.</summary>
public sealed class ComparisonColumnsTestsOnPostgres() : ComparisonColumnsTests(UiTestDatabase.OnPostgres());

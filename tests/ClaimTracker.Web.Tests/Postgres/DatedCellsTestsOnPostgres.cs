using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="DatedCellsTests"/> (the date filters' stored days and spans), on PostgreSQL.</summary>
public sealed class DatedCellsTestsOnPostgres() : DatedCellsTests(UiTestDatabase.OnPostgres());

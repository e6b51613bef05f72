using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ClaimListCountsTests"/> (the claims list from the stored counts), on PostgreSQL.</summary>
public sealed class ClaimListCountsTestsOnPostgres() : ClaimListCountsTests(UiTestDatabase.OnPostgres());

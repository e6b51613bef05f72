using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ClaimListCacheTests"/>, on PostgreSQL.</summary>
public sealed class ClaimListCacheTestsOnPostgres(PostgresAppFactory app) : ClaimListCacheTests(app), IClassFixture<PostgresAppFactory>;

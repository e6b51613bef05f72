using ClaimTracker.Web.Tests.Api;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ApiTests"/>, on PostgreSQL.</summary>
public sealed class ApiTestsOnPostgres(PostgresAppFactory app) : ApiTests(app), IClassFixture<PostgresAppFactory>;

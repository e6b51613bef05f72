using ClaimTracker.Web.Tests.Api;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="KeysetPagingTests"/>, on PostgreSQL.</summary>
public sealed class KeysetPagingTestsOnPostgres(PostgresAppFactory app) : KeysetPagingTests(app), IClassFixture<PostgresAppFactory>;

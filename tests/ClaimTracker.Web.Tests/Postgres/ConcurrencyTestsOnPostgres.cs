using ClaimTracker.Web.Tests.Features.Security;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ConcurrencyTests"/>, on PostgreSQL.</summary>
public sealed class ConcurrencyTestsOnPostgres(PostgresAppFactory app) : ConcurrencyTests(app), IClassFixture<PostgresAppFactory>;

using ClaimTracker.Web.Tests.Features.Security;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="HostileInputTests"/>, on PostgreSQL.</summary>
public sealed class HostileInputTestsOnPostgres(PostgresAppFactory app) : HostileInputTests(app), IClassFixture<PostgresAppFactory>;

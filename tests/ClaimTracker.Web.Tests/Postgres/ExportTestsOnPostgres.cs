using ClaimTracker.Web.Tests.Features.Exports;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ExportTests"/>, on PostgreSQL.</summary>
public sealed class ExportTestsOnPostgres(PostgresAppFactory app) : ExportTests(app), IClassFixture<PostgresAppFactory>;

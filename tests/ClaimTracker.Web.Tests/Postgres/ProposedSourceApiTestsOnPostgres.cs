using ClaimTracker.Web.Tests.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// Every test of <see cref="ProposedSourceApiTests"/>, on PostgreSQL: the ingest race on a proposed name, the status
/// concurrency token (two approvals at once: one 409) and the case-sensitive name index behave there too.
/// </summary>
public sealed class ProposedSourceApiTestsOnPostgres(PostgresAppFactory app) : ProposedSourceApiTests(app), IClassFixture<PostgresAppFactory>;

using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ClaimPatchApiTests"/>, on PostgreSQL.</summary>
public sealed class ClaimPatchApiTestsOnPostgres(PostgresAppFactory app) : ClaimPatchApiTests(app), IClassFixture<PostgresAppFactory>;

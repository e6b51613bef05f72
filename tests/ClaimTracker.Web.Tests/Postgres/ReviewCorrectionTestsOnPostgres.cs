using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ReviewCorrectionTests"/>, on PostgreSQL, where the flip is one statement.</summary>
public sealed class ReviewCorrectionTestsOnPostgres(PostgresAppFactory app) : ReviewCorrectionTests(app), IClassFixture<PostgresAppFactory>;

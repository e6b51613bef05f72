using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="ArticleApiTests"/>, on PostgreSQL.</summary>
public sealed class ArticleApiTestsOnPostgres(PostgresAppFactory app) : ArticleApiTests(app), IClassFixture<PostgresAppFactory>;

using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="PublishedOrderTests"/>, on PostgreSQL (which sorts NULL the other way round).</summary>
public sealed class PublishedOrderTestsOnPostgres() : PublishedOrderTests(UiTestDatabase.OnPostgres());

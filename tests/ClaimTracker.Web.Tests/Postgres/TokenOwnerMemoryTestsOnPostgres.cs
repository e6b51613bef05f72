using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Every test of <see cref="TokenOwnerMemoryTests"/>, on PostgreSQL.</summary>
public sealed class TokenOwnerMemoryTestsOnPostgres(PostgresAppFactory app) : TokenOwnerMemoryTests(app), IClassFixture<PostgresAppFactory>;

using Microsoft.AspNetCore.Authorization;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>The <see cref="AccessPolicies.Read"/> rule: signed in, unless <c>Auth:AllowAnonymousRead</c> lets everyone read.</summary>
public sealed class ReadAccessRequirement : IAuthorizationRequirement;

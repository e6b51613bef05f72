using System.ComponentModel.DataAnnotations;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>The fields of the sign-in form.</summary>
public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your user name.")]
    [StringLength(256)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

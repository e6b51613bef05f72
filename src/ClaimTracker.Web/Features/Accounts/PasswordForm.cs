using System.ComponentModel.DataAnnotations;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>The fields of the change-password form.</summary>
public sealed class PasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(256, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    public string New { get; set; } = "";

    [Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    [DataType(DataType.Password)]
    public string Confirm { get; set; } = "";
}

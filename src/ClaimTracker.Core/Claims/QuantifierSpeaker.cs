namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The refugees tell us of killings along the roads. Several said armed men had stopped their groups": a speaker that
/// is a bare quantifier stands for some of the people the story has just described; their testimony is theirs in their
/// own sentence, but they do not take over from the body whose account the story goes on with ("Chad now hosts more
/// than 1.3 million Sudanese refugees" is still UNHCR's). Golden case: several_said_does_not_take_over_the_account.
/// </summary>
internal static class QuantifierSpeaker
{
    private static readonly WordSet Quantifiers = WordLists.Set("quantifierSpeakers");

    /// <summary>Whether the speaker's words are one quantifier ("Several", "many", "others").</summary>
    public static bool Is(Attributor speaker) => speaker.Source is null && Quantifiers.Contains(speaker.Text.AsSpan().Trim());
}

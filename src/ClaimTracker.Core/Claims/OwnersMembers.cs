namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Gaza government media office said … that more than 1,000 members of its police and security forces had been
/// killed" (Unseen58 aljazeera-gaza), "the Hamas-run interior ministry said about 750 members of its police force had
/// been killed": members of a force the possessive gives to the speaker ("members of its/their …") are the speaker's
/// own people, as "our men" are, so <see cref="SpeakersSide"/> gives them the speaker's country. Gaza's ministries and
/// media office write their police and security losses so (Palinfo, Saba, IMEMC: "officers and members of the police
/// force", "members of the security forces"). Words as data (populations.json <c>ownedMemberNouns</c>,
/// <c>memberOwners</c>). Golden case: members_of_its_force_are_the_speakers.
/// </summary>
internal static class OwnersMembers
{
    private static readonly WordSet MemberNouns = WordLists.Set("ownedMemberNouns");
    private static readonly WordSet Owners = WordLists.Set("memberOwners");

    /// <summary>Whether "members of its" (or "their") follows the number whose last token is <paramref name="last"/>.</summary>
    public static bool After(string text, List<Token> tokens, int last) =>
        last + 3 < tokens.Count && Is(text, tokens[last + 1], MemberNouns) && IsWord(text, tokens[last + 2], "of") && Is(text, tokens[last + 3], Owners);

    private static bool Is(string text, Token token, WordSet words) => token.IsWord && words.Contains(text.AsSpan(token.Start, token.Length));

    private static bool IsWord(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}

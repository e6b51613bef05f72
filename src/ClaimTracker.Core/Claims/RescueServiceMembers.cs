using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Members of a rescue service are its rescuers: "four members of Gaza's civil defence", "101 members of the civil
/// defence", and the service's own count of "87 of its own members" count the crews, as "three of its rescuers" does,
/// so the count is named rescuers and the place's people reach it (Gaza's: Palestinian rescuers, the sets' convention).
/// Without this "members" kept no people (Unseen43 aljazeera-gaza, euronews-jabalia), and "civil defence" read as an
/// armed branch made them troops. The service is a phrase (people.json <c>rescueServices</c>: "civil defence", "civil
/// protection") a few words after "members of", or the body that speaks of "its (own) members" (its registered name or
/// its mention carries such a phrase; read after attribution). The armed branch stays troops (members_of_a_branch_are_troops).
/// Golden cases: civil_defence_members_are_rescuers, civil_defence_speaks_of_its_own_members.
/// </summary>
internal static class RescueServiceMembers
{
    public const string Rescuers = "rescuers";

    // How many words after "members of" may name the service ("of the Palestinian Civil Defence", "of Gaza's civil defence").
    private const int ServiceReach = 6;
    private static readonly WordPhrases Services = new(WordLists.Set("rescueServices"));
    public static readonly WordSet MemberNouns = WordLists.Set("rescueMemberNouns");
    private static readonly WordSet Owners = WordLists.Set("employeeOwners");

    /// <summary>Whether the members noun at <paramref name="noun"/> is a rescue service's: "members of the civil defence", "civil defence members".</summary>
    public static bool Of(string text, List<Token> tokens, int noun) =>
        (IsWord(text, tokens, noun + 1, "of") && Services.StartsBetween(text, tokens, noun + 2, noun + 2 + ServiceReach)) || Services.EndsAt(text, tokens, noun - 1);

    /// <summary>Whether the word at <paramref name="i"/> is "civil" opening a rescue service's name ("civil defence" is no armed branch).</summary>
    public static bool Opens(string text, List<Token> tokens, int i) => Services.StartsBetween(text, tokens, i, i + 1);

    /// <summary>Names the rescue service's own "its members" rescuers, once the counts have their speakers.</summary>
    public static void Rename(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        foreach (var draft in drafts)
        {
            if (draft.Military || draft.Nationalities.Count > 0 || draft.NounWord is not { } word || !MemberNouns.Contains(word) || !SpeakerIsAService(draft))
            {
                continue;
            }
            var tokens = sentenceTokens.Of(draft.Sentence);
            var noun = WordAfter(text, tokens, draft.Number.End, word);
            var owner = noun - 1 >= 0 && IsWord(text, tokens, noun - 1, "own") ? noun - 2 : noun - 1;
            if (noun > 0 && owner >= 0 && tokens[owner].IsWord && Owners.Contains(text.AsSpan(tokens[owner].Start, tokens[owner].Length)))
            {
                draft.Noun = Rescuers;
                draft.NounWord = Rescuers;
            }
        }
    }

    // The first token at or after `from` that is the word, or -1. A loop, not FindIndex with a lambda: the lambda's
    // closure over the draft was made for every draft of the article, not only the few renamed (branch `speed27`).
    private static int WordAfter(string text, List<Token> tokens, int from, string word)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsWord && t.Start >= from && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether the words name a rescue service by its kind: "the civil defence agency", "Gaza's civil defence".</summary>
    public static bool NamesAService(string words) => Names(words);

    private static bool SpeakerIsAService(ClaimDraft draft) =>
        (draft.Source is { } body && (Names(body.Name) || Names(body.FullName))) || (draft.Source is null && draft.SourceMention is { } mention && Names(mention));

    private static bool Names(string name)
    {
        var tokens = new List<Token>();
        Token.Split(name, 0, name.Length, tokens);
        return Services.StartsBetween(name, tokens, 0, tokens.Count);
    }

    private static bool IsWord(string text, List<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}

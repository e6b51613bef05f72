using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Britain-based monitor said … Of the civilians, 430 were killed in Latakia province, it said", "The Joint Chiefs
/// of Staff said … It estimated": "it" continues the body that spoke last (the sentence before, else the speaker
/// carried, else a body named just before), never a person. Golden case: it_said_continues_the_monitor.
/// </summary>
internal static class BodyPronoun
{
    private static readonly WordSet UnregisteredBodies = WordLists.Set("unregisteredBodyNouns");
    private static readonly WordSet ContinuedGroups = WordLists.Set("continuedGroupNouns");

    /// <summary>A source "it" can stand for: any but a person.</summary>
    public static bool IsBody(SourceDefinition source) => source.Kind is not SourceKind.Official;

    /// <summary>
    /// "A local resistance committee said the drone hit twice. It said 48 people had died": the sentence before ends on
    /// a body it brings in with an indefinite article, which the registry does not hold, and names none it does, so
    /// "it" is that body (no registry source), not one carried or named earlier.
    /// Golden case: it_continues_an_unregistered_body.
    /// </summary>
    public static bool ContinuesUnregistered(List<Attributor>? previousSentence, Func<Attributor, bool> broughtIn)
    {
        // A registry body speaking anywhere in that sentence is the one "it" continues (Resolve).
        if (previousSentence is not [.., { Source: null } last] || previousSentence.Any(a => a.Source is { } s && IsBody(s)))
        {
            return false;
        }
        // A body the article brings in ("a local committee"), not a description of one named before ("the Britain-based
        // war monitor" of Unseen4, which "it" reads through to the monitor carried).
        var words = last.Text.AsSpan().Trim();
        return ((broughtIn(last) || IsSpecific(words)) && UnregisteredBodies.Contains(words[(words.LastIndexOf(' ') + 1)..]))
            || FacilitySpeaker.Names(last.Text) || ContinuesGroup(words);
    }

    // "On Thursday, the Al-Jazirah Conference … reported an attack. A day earlier, the group said, … Further attacks …
    // caused two more deaths, it added" (Unseen54 wallafrica-east-jazirah): a bare "the group" that took up no registry
    // body already continues an unregistered one, and "it" goes on with that body rather than the army the story is
    // about. Golden case: it_added_continues_the_unregistered_group.
    private static bool ContinuesGroup(ReadOnlySpan<char> words)
    {
        var space = words.IndexOf(' ');
        return space > 0 && words[..space].Equals("the", StringComparison.OrdinalIgnoreCase) && words[(space + 1)..].IndexOf(' ') < 0
            && ContinuedGroups.Contains(words[(space + 1)..]);
    }

    // "The regional military administration wrote on Telegram. In an earlier post it had put the number of dead at six"
    // (Unseen17 afp-sumy-minibus-drone-strike): a definite body described by two words or more before its noun names one
    // body, which the registry does not hold, not a short description ("the monitor") another rule reads through.
    private static bool IsSpecific(ReadOnlySpan<char> words)
    {
        const int MinWords = 4;
        return words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && words.Count(' ') + 1 >= MinWords;
    }

    /// <summary>The body that spoke in the sentence before, else the body carried; null when neither is one.</summary>
    public static SourceDefinition? Resolve(List<Attributor>? previousSentence, Attributor? carried)
    {
        for (var a = (previousSentence?.Count ?? 0) - 1; a >= 0; a--)
        {
            if (previousSentence![a].Source is { } said && IsBody(said))
            {
                return said;
            }
        }
        return carried?.Source is { } c && IsBody(c) ? c : null;
    }
}

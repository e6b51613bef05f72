using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Emergency Lawyers, who document abuses … . A drone killed seven people, the lawyers said": a body made of
/// lawyers, doctors or monitors is taken up by its members' plural, which is no body noun, so neither the anaphor
/// rules nor the nearest speaker reach it. "the &lt;members&gt;" speaks for the body named last before it in the article
/// whose name carries a word the members' noun links to (speakers.json <c>memberBodyWords</c>, "noun:name word":
/// "lawyers:lawyers", "medics:doctors"); with none named, the speaker stays as it was.
/// Golden cases: members_speak_for_the_body_named_before, members_group_named_next.
/// </summary>
internal static class MembersBody
{
    private static readonly ILookup<string, string> Links = WordLists.Set("memberBodyWords").Words
        .Select(pair => pair.Split(':'))
        .ToLookup(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>The body "the lawyers" stands for, or null.</summary>
    public static SourceDefinition? Find(IReadOnlyList<SourceMention> mentions, Attributor speaker)
    {
        var words = speaker.Text.AsSpan().Trim();
        var space = words.IndexOf(' ');
        if (space < 0 || !words[..space].Equals("the", StringComparison.OrdinalIgnoreCase) || words[(space + 1)..].Contains(' '))
        {
            return null;
        }
        var nameWords = Links[words[(space + 1)..].ToString()].ToArray();
        if (nameWords.Length == 0)
        {
            return null;
        }
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].End <= speaker.Start && mentions[k].Source is { } named && Array.Exists(nameWords, w => Carries(mentions[k].Text, w) || Carries(named.Name, w)))
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>
    /// "…, a pro-democracy lawyers' group said. “…,” said the Emergency Lawyers": a description by its members' word is
    /// the body whose name carries the linked word in the next sentence (golden case: members_group_named_next).
    /// </summary>
    public static SourceDefinition? NamedIn(Sentence next, IReadOnlyList<SourceMention> mentions, Attributor speaker) =>
        NamedIn(null, next, mentions, speaker);

    /// <summary>
    /// "…, pro-democracy lawyers said. “…,” said the Emergency Lawyers": a bare members' plural (<see cref="IsBarePlural"/>)
    /// names no one by itself, so only the next sentence's speaker (<see cref="NamedAboveSpeaker.Spoke"/>) whose name
    /// carries the linked word stands for it, never a body merely mentioned there (golden cases
    /// bare_lawyers_named_by_the_next_speaker, bare_doctors_named_in_commas_next, bare_lawyers_not_named_next_stay_nobody).
    /// </summary>
    public static SourceDefinition? SpeakingIn(string text, Sentence next, IReadOnlyList<SourceMention> mentions, Attributor speaker) =>
        NamedIn(text, next, mentions, speaker);

    /// <summary>
    /// "lawyers said", "pro-democracy lawyers said": the speaker is one members' noun with no article before it ("the
    /// lawyers" points back instead, <see cref="Find"/>; "a lawyers' group" is a description).
    /// </summary>
    public static bool IsBarePlural(string text, Attributor speaker)
    {
        var words = speaker.Text.AsSpan().Trim();
        if (words.Contains(' ') || !Links.Contains(words.ToString()))
        {
            return false;
        }
        var before = text.AsSpan(0, speaker.Start).TrimEnd();
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        return !(word.Equals("the", StringComparison.OrdinalIgnoreCase) || Possessive.Ends(word));
    }

    private static SourceDefinition? NamedIn(string? text, Sentence next, IReadOnlyList<SourceMention> mentions, Attributor speaker)
    {
        var nameWords = speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Links[w.TrimEnd('\'', '’')]).ToArray();
        foreach (var mention in mentions)
        {
            if (nameWords.Length > 0 && mention.Start >= next.Start && mention.End <= next.End && mention.Source is { } named
                && Array.Exists(nameWords, w => Carries(mention.Text, w) || Carries(named.Name, w)) && (text is null || NamedAboveSpeaker.Spoke(text, mention)))
            {
                return named;
            }
        }
        return null;
    }

    private static bool Carries(string name, string word)
    {
        foreach (var range in name.AsSpan().SplitAny(' ', '-'))
        {
            if (name.AsSpan()[range].TrimEnd('\'').Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

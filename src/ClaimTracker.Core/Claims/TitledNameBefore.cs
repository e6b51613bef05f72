using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the regional governor said [Zaporizhzhia's] … In the central Kirovohrad region, three people were killed, Governor
/// Andriy Raikovych said … The governor later said 19 people had been wounded in all" (Unseen41 devdiscourse): "the
/// governor" takes up the governor the story named last, by title and name, not the one the lede established. When
/// that governor named a registry body (a listed regional head, a registered mayor) it is that body; when he named none
/// the anaphor credits none either, as he would. Only titles of one office per place are read this way
/// (attribution.json <c>namedTitleNouns</c>): "the minister" or "the spokesman" may be any of several named.
/// Golden cases: the_governor_is_the_governor_named_last, the_governor_named_last_is_registered.
/// </summary>
internal static partial class TitledNameBefore
{
    private const int SentencesBack = 3;
    private static readonly WordSet Titles = WordLists.Set("namedTitleNouns");

    // "Governor Andriy Raikovych", "the regional governor Valentyn Reznichenko", "Mayor Ihor Terekhov": the title right
    // before a capitalised name.
    [GeneratedRegex(@"\b(?<title>\p{L}+) (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAndName();

    /// <summary>
    /// Whether the anaphor ("the governor") takes up a titled name the sentences just before give, and the body that
    /// name credits (null for an unregistered person).
    /// </summary>
    public static (bool Found, SourceDefinition? Body) Find(string text, List<Sentence> sentences, int si, Attributor anaphor, IReadOnlyList<SourceMention> mentions)
    {
        var words = anaphor.Text.Trim().Split(' ');
        if (words.Length is < 2 or > 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || !Titles.Contains(words[^1]))
        {
            return (false, null);
        }
        var from = sentences[Math.Max(0, si - SentencesBack)].Start;
        Match? last = null;
        foreach (Match m in TitleAndName().Matches(text[from..anaphor.Start]))
        {
            if (m.Groups["title"].Value.Equals(words[^1], StringComparison.OrdinalIgnoreCase))
            {
                last = m;
            }
        }
        if (last is null)
        {
            return (false, null);
        }
        var (start, end) = (from + last.Index, from + last.Index + last.Length);
        foreach (var mention in mentions)
        {
            if (mention.Start < end && mention.End > start && mention.Source is { } body)
            {
                return (true, body);
            }
        }
        return (true, null);
    }
}

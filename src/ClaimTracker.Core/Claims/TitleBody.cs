using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian Security Council Secretary Sergei Shoigu said": a body named in a speaker's title, right before the title
/// word and the person's name, is the body the person speaks for now, over the one the registry files the name under
/// (a former defence minister). Title words are attribution.json <c>appositionTitles</c>. Golden case:
/// title_body_over_the_persons_former_post.
/// </summary>
internal static class TitleBody
{
    private static readonly WordSet Titles = WordLists.Set("appositionTitles");

    /// <summary>Whether <paramref name="body"/> ends right before one or two title words that open <paramref name="person"/>'s name.</summary>
    public static bool Holds(string text, SourceMention body, SourceMention person)
    {
        if (body.Source is null || person.Source is null || body.Source == person.Source || body.End >= person.Start)
        {
            return false;
        }
        var between = text.AsSpan(body.End, person.Start - body.End).Trim();
        // "Russian Security Council secretary" may itself be the body's alias, its title word inside the mention.
        var titles = Titles.Contains(LastWord(body.Text)) ? 1 : 0;
        foreach (var range in between.SplitAny(' ', '-'))
        {
            if (between[range].IsEmpty)
            {
                continue;
            }
            if (!Titles.Contains(between[range]))
            {
                return false;
            }
            titles++;
        }
        return titles is 1 or 2;
    }

    private static ReadOnlySpan<char> LastWord(string words)
    {
        var span = words.AsSpan().TrimEnd();
        return span[(span.LastIndexOf(' ') + 1)..];
    }
}

using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Sergei Shoigu, then defense minister, said 5,937 Russian servicemen had been killed", "Sergei Shoigu, the defence
/// minister, told Vladimir Putin": a registered person whose name the registry files under the post he holds now (the
/// Russian Security Council), described in commas by the post he held when he spoke, speaks for the body of that post
/// in his country (the Russian MoD). The post is one of speakers.json <c>apposedPosts</c> ("defence minister" → "Defence
/// Ministry"), after one of <c>apposedPostOpeners</c> ("the", "then"), closed by a comma; the body is the registry's
/// alias "&lt;country adjective&gt; &lt;ministry&gt;" ("Russian Defence Ministry"). A post the registry holds no body for,
/// or a person already filed under that body, is left as it was. Golden cases: a_person_speaks_for_the_post_he_held_then,
/// a_person_described_by_his_current_post_keeps_it (Unseen76 businessinsider-maxar-satellite-russian-cemeteries,
/// Unseen77 guardian-murz-blogger-avdiivka-losses-deleted-post).
/// </summary>
internal static class ApposedPost
{
    private const int MaxPost = 40;
    private static readonly Dictionary<string, string> Posts = WordLists.Pairs(WordLists.Set("apposedPosts"));
    private static readonly string[] Openers = [.. WordLists.Set("apposedPostOpeners").Words.OrderByDescending(w => w.Length)];

    /// <summary>The mentions with a registered person's source replaced by the body of the post apposed to his name.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? changed = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            // The post's comma is checked first: it is cheap and rarely there, and this runs for every registered mention.
            if (mention.Source is not { Country: { } country } person || Post(text, mention.End) is not { } ministry
                || !IsPersonsName(mention.Text) || Nationality.OfCountry(country) is not { } nation
                || registry.Resolve(nation.Adjective + " " + ministry) is not { } body || body == person)
            {
                continue;
            }
            changed ??= [.. mentions];
            changed[k] = mention with { Source = body };
        }
        return changed ?? mentions;
    }

    // "Sergei Shoigu": two or three capitalised words, no body's name ("Russian Security Council" is three too, but its
    // post follows no comma in these texts; the registry's person aliases are what reach here).
    private static bool IsPersonsName(string words)
    {
        var parts = 0;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var part = words.AsSpan()[range];
            if (part.Length < 2 || !char.IsUpper(part[0]))
            {
                return false;
            }
            foreach (var c in part[1..])
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }
            parts++;
        }
        return parts is 2 or 3;
    }

    // The ministry of the post in commas right after the name (", then defense minister,"), or null.
    private static string? Post(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return null;
        }
        var apposition = text.AsSpan(end + 2, Math.Min(MaxPost, text.Length - end - 2));
        var close = apposition.IndexOf(',');
        if (close < 0)
        {
            return null;
        }
        apposition = apposition[..close];
        foreach (var opener in Openers)
        {
            if (apposition.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && apposition.Length > opener.Length
                && (apposition[opener.Length] == ' ' || opener.EndsWith('-')))
            {
                var post = apposition[opener.Length..].Trim().ToString();
                return Posts.GetValueOrDefault(post);
            }
        }
        return null;
    }
}

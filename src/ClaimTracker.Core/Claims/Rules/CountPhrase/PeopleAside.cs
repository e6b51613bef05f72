namespace ClaimTracker.Core.Claims;

/// <summary>
/// An aside that only says who the people were, with no "of them": "Around 42,000 people, soldiers and civilians alike,
/// are listed as missing". When the aside opens with a people noun, every word in it must be a people noun, a word that
/// qualifies one (people.json nounModifiers, nationalities) or a joining word (counts.json peopleAsideWords), so
/// "400 people, soldiers said, were killed" keeps its speaker; "among them" may follow the noun ("More than 1,900 people,
/// children among them, left their homes": golden case leaving_the_camp_or_the_villages). An aside led by a count word (counts.json
/// countAsideLeads) is not checked here. Asked by <see cref="ClauseMetric"/>. Golden case: people_aside_before_the_verb.
/// </summary>
internal static class PeopleAside
{
    private static readonly WordSet Joining = WordLists.Set("peopleAsideWords");
    private static readonly WordSet Modifiers = WordLists.Set("nounModifiers");

    /// <summary>Whether the aside from token <paramref name="first"/> up to <paramref name="close"/> may be read past.</summary>
    public static bool Spans(PeopleCountReader reader, int first, int close)
    {
        if (!PeopleWords.IsPeopleNoun(reader.Word(first)))
        {
            return true;
        }
        for (var i = first; i < close; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            var w = reader.Word(i);
            if (!PeopleWords.IsPeopleNoun(w) && !Joining.Contains(w) && !Modifiers.Contains(w) && Nationality.At(reader.Text, reader.Tokens, i) is null)
            {
                return false;
            }
        }
        return true;
    }
}

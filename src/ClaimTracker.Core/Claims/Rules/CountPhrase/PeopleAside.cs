namespace ClaimTracker.Core.Claims;

/// <summary>
/// An aside that only says who the people were, with no "of them": "Around 42,000 people, soldiers and civilians alike,
/// are listed as missing". When the aside opens with a people noun, every word in it must be a people noun, a word that
/// qualifies one (people.json nounModifiers, nationalities) or a joining word (counts.json peopleAsideWords), so
/// "400 people, soldiers said, were killed" keeps its speaker; "among them" may follow the noun ("More than 1,900 people,
/// children among them, left their homes": golden case leaving_the_camp_or_the_villages). An aside led by a count word (counts.json
/// countAsideLeads) is not checked here. Asked by <see cref="ClauseMetric"/>. Golden case: people_aside_before_the_verb.
/// An apposition naming the counted one by one ("two people, a man and a woman, were killed", Unseen57 trtworld-kryvyi-rih;
/// "four rescuers, two men and two women, died") opens with an article or a small number in words (counts.json apposedArticles) before a
/// people noun; it is held to the same words, so "two people, a police officer said, were killed" keeps its speaker.
/// Golden cases: apposed_individuals_before_the_fate, apposed_speaker_is_no_individual (control).
/// </summary>
internal static class PeopleAside
{
    private static readonly WordSet Joining = WordLists.Set("peopleAsideWords");
    private static readonly WordSet Modifiers = WordLists.Set("nounModifiers");
    private static readonly WordSet Articles = WordLists.Set("apposedArticles");
    private static readonly WordSet Singular = WordLists.Set("singularPeople");

    /// <summary>Whether the aside at <paramref name="first"/> names individuals: "a man and …", "two men and …".</summary>
    public static bool OpensWithIndividuals(PeopleCountReader reader, int first) =>
        reader.IsIn(first, Articles) && first + 1 < reader.Tokens.Count && reader.Tokens[first + 1].IsWord
        && Individual(reader.Word(first + 1));

    // "a man", "a woman", "two men": one person or a few, by a singular or a plural people noun.
    private static bool Individual(ReadOnlySpan<char> w) => PeopleWords.IsPeopleNoun(w) || Singular.Contains(w);

    /// <summary>Whether the aside from token <paramref name="first"/> up to <paramref name="close"/> may be read past.</summary>
    public static bool Spans(PeopleCountReader reader, int first, int close)
    {
        var individuals = OpensWithIndividuals(reader, first);
        if (!individuals && !PeopleWords.IsPeopleNoun(reader.Word(first)))
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
            if (!PeopleWords.IsPeopleNoun(w) && !Joining.Contains(w) && !Modifiers.Contains(w) && !(individuals && (Articles.Contains(w) || Singular.Contains(w)))
                && Nationality.At(reader.Text, reader.Tokens, i) is null)
            {
                return false;
            }
        }
        return true;
    }
}

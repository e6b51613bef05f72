namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people a list of the dead names are the dead: "It has since published five detailed lists of the people who
/// died … The most recent list, released at the end of August, named 34,344 people" (Unseen74 nature-feature, Gaza's
/// health ministry), "the ministry's register lists 60,000 names", as the explainers on Gaza's and Russia's tolls
/// word the name lists (Unseen72 rbcukraine-explainer: the projects that "have named more than 78,000 of them"). A
/// naming verb (metrics.json listNamingVerbs) right before the count, a list noun (listNouns) before it in the sentence,
/// and a word of death (metrics.json killed) in the paragraph up to the count's sentence: a list of voters or of
/// sanctioned officials names no dead.
/// Golden case: named_on_a_list_of_the_dead.
/// </summary>
internal sealed class NamedOnAListOfTheDead : CountPhraseRule
{
    public static readonly NamedOnAListOfTheDead Rule = new();

    private static readonly WordSet NamingVerbs = WordLists.Set("listNamingVerbs");
    private static readonly WordSet ListNouns = WordLists.Set("listNouns");

    private NamedOnAListOfTheDead()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (draft.Metric is null or Metric.Other && !draft.Military && reader.IsIn(verb, NamingVerbs)
            && reader.HasAny(ListNouns, 0, verb) && ParagraphSoFar.Names(reader, ClaimLexicon.Killed))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }
}

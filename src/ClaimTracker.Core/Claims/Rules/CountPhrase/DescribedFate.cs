namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the number of displaced people in official shelters had reached 85,213" (Unseen56 lbci-afp), "the number of wounded
/// soldiers rose to 300": a fate word describing the people named after "number of" is the figure's fate when no fate
/// word follows them; a neutral verb of reaching says nothing of what happened to them, and a toll given before in the
/// sentence is another count's, and a figure naming its own people so stands for no earlier count (<see cref="BareCount"/>
/// takes it as named). Up to two describing words back from the noun, stopping at "of". Read by
/// <see cref="BareCount"/>. Golden case: number_of_displaced_people_reached.
/// </summary>
internal static class DescribedFate
{
    private const int Reach = 2;

    public static Metric? Before(PeopleCountReader reader, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - Reach && reader.Tokens[k].IsWord && !reader.Is(k, "of"); k--)
        {
            if (MetricWord.At(reader, k, k + 1) is { } m && m is not (Metric.Deployed or Metric.Engaged))
            {
                return m;
            }
        }
        return null;
    }
}

using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ObserversAsideTests
{
    [Theory]
    [InlineData("The estimate of a U.S. military official, who spoke of several hundred casualties, was higher.", "several hundred", true)]
    [InlineData("A Ukrainian officer, who spoke of roughly 1,500 dead, said the units withdrew.", "1,500", true)]
    [InlineData("A second U.S. official, who cited some 300 deaths, said so.", "300", true)]
    [InlineData("A Ukrainian officer, who cited 200 Russian deaths, said so.", "200", false)]
    [InlineData("The villagers, who numbered about 300, fled.", "300", false)]
    [InlineData("The officer, who spoke to reporters, said 40 soldiers died.", "40", false)]
    public void A_count_in_a_speakers_who_clause_is_an_observers_aside(string text, string count, bool aside)
    {
        var start = text.IndexOf(count, StringComparison.Ordinal);
        Assert.Equal(aside, ObserversAside.Holds(text, start, start + count.Length));
    }
}

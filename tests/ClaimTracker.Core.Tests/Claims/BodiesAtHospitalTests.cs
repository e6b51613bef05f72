using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BodiesAtHospitalTests
{
    [Theory]
    [InlineData("Thirteen of the latest bodies were taken to Nasser Hospital in Khan Younis.", true)]
    [InlineData("At least 40 bodies were brought to the morgue of the hospital.", true)]
    [InlineData("Three soldiers were wounded and taken to hospital.", false)]
    [InlineData("The bodies of 12 people were recovered from the rubble.", false)]
    public void Bodies_moved_to_a_hospital_are_its_intake(string sentence, bool intake)
    {
        Assert.Equal(intake, BodiesAtHospital.Holds(sentence, new Sentence(0, sentence.Length, 0, 0, false)));
    }
}

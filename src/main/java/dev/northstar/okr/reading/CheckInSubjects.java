package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInSubject;

/**
 * The read side's answer to what a check-in records about its key result: what a reported value is for (from the
 * key result's settings) and the issues in its scope now, as the read service measures it for the checking-in user.
 */
public class CheckInSubjects implements CheckInSubject {
    private final OkrReadService read;

    public CheckInSubjects(OkrReadService read) {
        this.read = read;
    }

    @Override
    public Subject about(String keyResultKey) {
        return read.checkInSubject(keyResultKey);
    }
}

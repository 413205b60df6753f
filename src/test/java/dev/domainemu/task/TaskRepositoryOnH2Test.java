package dev.domainemu.task;

import dev.domainemu.support.RepositorySlice;

/** {@link TaskRepositoryContract} on an embedded H2 database. */
@RepositorySlice
class TaskRepositoryOnH2Test extends TaskRepositoryContract {

}

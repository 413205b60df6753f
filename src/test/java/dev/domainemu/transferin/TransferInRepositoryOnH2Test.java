package dev.domainemu.transferin;

import dev.domainemu.support.RepositorySlice;

/** {@link TransferInRepositoryContract} on an embedded H2 database. */
@RepositorySlice
class TransferInRepositoryOnH2Test extends TransferInRepositoryContract {

}

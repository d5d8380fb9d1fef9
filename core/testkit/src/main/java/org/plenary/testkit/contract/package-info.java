/**
 * The contract every session-format plugin proves in its own build, by extending
 * {@link org.plenary.testkit.contract.FormatContractTest}.
 *
 * @since 1.0
 */
package org.plenary.testkit.contract;

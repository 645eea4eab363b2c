/*
 * Northstar OKR, cycles: creates a project's cycle, and takes the actions of a cycle's row on the cycles page and the
 * admin page (change it inline, close it, delete it) through the REST API, which decides again who may. Closing and
 * deleting ask first, in an AUI dialog. The API's translated message appears next to the field it names, or in the
 * row. A change reloads the page, so that it shows what is stored; closing leads to the cycle's grading page.
 */
(function ($, okr) {
    'use strict';

    function busy(button, on) {
        $(button).prop('disabled', on).attr('aria-busy', on ? 'true' : null);
    }

    /** Asks in the page's AUI dialog (a plain confirm where AUI's dialog is missing), then runs {@code action}. */
    function confirmThen(question, label, action) {
        var dialog = $('#okr-cycle-confirm');
        if (!dialog.length || !AJS.dialog2) {
            if (window.confirm(question)) {
                action();
            }
            return;
        }
        var layer = AJS.dialog2(dialog);
        dialog.find('.okr-confirm-question').text(question);
        dialog.find('.okr-confirm-yes').text(label).off('click.okr').on('click.okr', function () {
            layer.hide();
            action();
        });
        dialog.find('.okr-confirm-no').off('click.okr').on('click.okr', function () {
            layer.hide();
        });
        layer.show();
    }

    $(document).on('submit', 'form.okr-cycle-create', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        busy(button, true);
        okr.send('POST', form.data('okr-post'), okr.values(form)).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            busy(button, false);
        });
    });

    $(document).on('click', '.okr-cycle-edit', function () {
        var button = $(this);
        var row = $('#' + button.attr('aria-controls'));
        var open = button.attr('aria-expanded') === 'true';
        button.attr('aria-expanded', open ? 'false' : 'true');
        row.prop('hidden', open);
        if (!open) {
            row.find('input').first().trigger('focus');
        }
    });

    $(document).on('click', '.okr-cycle-cancel', function () {
        var row = $(this).closest('.okr-cycle-edit-row');
        row.prop('hidden', true);
        $('.okr-cycle-edit[aria-controls="' + row.attr('id') + '"]').attr('aria-expanded', 'false');
    });

    // sends only the fields changed, so that a cycle stored with other instants than whole days keeps them
    $(document).on('submit', 'form.okr-cycle-edit-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        var values = okr.values(form);
        var body = {};
        form.find('[data-okr-original]').each(function () {
            var field = $(this);
            if ($.trim(field.val() || '') !== field.attr('data-okr-original')) {
                body[field.attr('name')] = values[field.attr('name')];
            }
        });
        okr.clearErrors(form);
        busy(button, true);
        okr.send('PUT', form.data('okr-put'), body).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            busy(button, false);
        });
    });

    $(document).on('click', '.okr-cycle-close', function () {
        var button = $(this);
        var place = button.closest('.okr-cycle-row, .okr-cycle-open');
        confirmThen(button.attr('data-okr-question'), button.text(), function () {
            okr.clearErrors(place);
            busy(button, true);
            okr.send('POST', button.attr('data-okr-post'), {}).done(function () {
                var then = button.attr('data-okr-then');
                if (then) {
                    window.location.assign(then);
                } else {
                    window.location.reload();
                }
            }).fail(function (xhr) {
                okr.showError(place, xhr);
                busy(button, false);
            });
        });
    });

    $(document).on('click', '.okr-cycle-delete', function () {
        var button = $(this);
        var place = button.closest('.okr-cycle-row');
        confirmThen(button.attr('data-okr-question'), button.text(), function () {
            okr.clearErrors(place);
            busy(button, true);
            okr.send('DELETE', button.attr('data-okr-delete'), {}).done(function () {
                window.location.reload();
            }).fail(function (xhr) {
                okr.showError(place, xhr);
                busy(button, false);
            });
        });
    });
}(AJS.$, window.NorthstarOkr));

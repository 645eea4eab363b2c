/*
 * Northstar OKR, sprint review page: fills the board and sprint choices from Jira Software's REST API (boards of the
 * chosen project, then the board's active and closed sprints, newest first), opens the review of the chosen sprint,
 * and copies or downloads the review as Markdown. Names from Jira are inserted as text, never as HTML.
 */
(function ($) {
    'use strict';

    var PAGE = 50;

    /** Every page of a Jira Software list (boards or sprints), up to a few hundred values. */
    function all(url, values, deferred) {
        values = values || [];
        deferred = deferred || $.Deferred();
        $.ajax({url: url + (url.indexOf('?') < 0 ? '?' : '&') + 'startAt=' + values.length + '&maxResults=' + PAGE,
            dataType: 'json'})
            .done(function (page) {
                var got = values.concat(page.values || []);
                if (page.isLast === false && (page.values || []).length > 0 && got.length < 500) {
                    all(url, got, deferred);
                } else {
                    deferred.resolve(got);
                }
            })
            .fail(function (xhr) {
                deferred.reject(xhr);
            });
        return deferred.promise();
    }

    function fill(select, options, chosen, empty) {
        select.empty();
        select.append($('<option/>').val('').text(options.length ? AJS.I18n.getText('okr.ui.choose') : empty));
        $.each(options, function (i, option) {
            select.append($('<option/>').val(String(option.value)).text(option.label)
                .prop('selected', String(option.value) === String(chosen)));
        });
        select.prop('disabled', options.length === 0);
    }

    /** A board id from the board page this page was opened from (its address names it as rapidView), if any. */
    function boardFromReferrer() {
        var match = /[?&]rapidView=([0-9]+)/.exec(document.referrer || '');
        return match ? match[1] : '';
    }

    /** The board this page was opened for: its address (a board's tools menu passes boardId) or the referrer. */
    function boardGiven(form) {
        return String(form.data('okr-board') || '') || boardFromReferrer();
    }

    /** Opens the review of the form's choices; board, when given, stands for the board choice. */
    function open(form, board) {
        var project = form.find('[name=project]').val();
        if (board === undefined) {
            board = form.find('[name=boardId]').val();
        }
        var sprint = form.find('[name=sprintId]').val();
        var query = '?project=' + encodeURIComponent(project || '');
        if (board) {
            query += '&boardId=' + encodeURIComponent(board);
        }
        if (sprint) {
            query += '&sprintId=' + encodeURIComponent(sprint);
        }
        window.location.assign(form.attr('action') + query);
    }

    function loadSprints(form, board, chosen) {
        var sprints = form.find('[name=sprintId]');
        var error = form.find('.okr-picker-error');
        if (!board) {
            fill(sprints, [], '', AJS.I18n.getText('okr.ui.review.noSprints'));
            return;
        }
        all(form.data('okr-agile') + '/board/' + encodeURIComponent(board) + '/sprint?state=active,closed')
            .done(function (values) {
                var options = $.map(values.reverse(), function (sprint) {
                    var state = sprint.state === 'active' ? AJS.I18n.getText('okr.ui.sprint.active')
                        : AJS.I18n.getText('okr.ui.sprint.closed');
                    return {value: sprint.id, label: sprint.name + ' (' + state + ')'};
                });
                fill(sprints, options, chosen, AJS.I18n.getText('okr.ui.review.noSprints'));
            })
            .fail(function () {
                error.text(AJS.I18n.getText('okr.ui.review.sprintsFailed'));
            });
    }

    function loadBoards(form) {
        var project = form.data('okr-project');
        var boards = form.find('[name=boardId]');
        var error = form.find('.okr-picker-error');
        if (!project) {
            return;
        }
        var chosen = boardGiven(form);
        all(form.data('okr-agile') + '/board?projectKeyOrId=' + encodeURIComponent(project))
            .done(function (values) {
                var options = $.map(values, function (board) {
                    return {value: board.id, label: board.name};
                });
                if (!chosen && options.length === 1) {
                    chosen = String(options[0].value);
                }
                var show = function () {
                    fill(boards, options, chosen, AJS.I18n.getText('okr.ui.review.noBoards'));
                    loadSprints(form, boards.val(), String(form.data('okr-sprint') || ''));
                };
                var listed = $.grep(options, function (option) {
                    return String(option.value) === chosen;
                }).length > 0;
                if (!chosen || listed) {
                    show();
                    return;
                }
                // The board the page was opened for (from its tools menu) may belong to another project than the
                // one holding the OKRs: it is offered and chosen all the same, as Jira Software names it.
                $.ajax({url: form.data('okr-agile') + '/board/' + encodeURIComponent(chosen), dataType: 'json'})
                    .done(function (board) {
                        options.unshift({value: board.id, label: board.name});
                    })
                    .always(show);
            })
            .fail(function () {
                error.text(AJS.I18n.getText('okr.ui.review.boardsFailed'));
            });
    }

    $(function () {
        var form = $('form.okr-review-picker');
        if (!form.length) {
            return;
        }
        loadBoards(form);
        form.on('change', '[name=project]', function () {
            // The first choice of a project keeps the board the page was opened for; a change of project does not.
            var board = form.data('okr-project') ? '' : boardGiven(form);
            form.find('[name=boardId]').val('');
            form.find('[name=sprintId]').val('');
            open(form, board);
        });
        form.on('change', '[name=boardId]', function () {
            loadSprints(form, $(this).val(), '');
        });
        form.on('change', '[name=sprintId]', function () {
            if ($(this).val()) {
                open(form);
            }
        });
        form.on('submit', function (event) {
            event.preventDefault();
            open(form);
        });
    });

    $(document).on('click', '.okr-markdown-copy', function () {
        var text = $('#okr-review-markdown');
        var done = function () {
            $('.okr-copy-status').text(AJS.I18n.getText('okr.ui.review.copied'));
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text.val()).then(done);
        } else {
            text.trigger('select');
            document.execCommand('copy');
            done();
        }
    });

    $(document).on('click', '.okr-markdown-download', function () {
        var text = $('#okr-review-markdown');
        var blob = new Blob([text.val()], {type: 'text/markdown;charset=utf-8'});
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = text.data('okr-file') || 'okr-review.md';
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        URL.revokeObjectURL(link.href);
    });
}(AJS.$));
